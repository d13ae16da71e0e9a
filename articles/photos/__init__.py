"""The photo library: photos uploaded once, checked, rendered in sizes, reused."""
