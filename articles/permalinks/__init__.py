"""Every address an article had: a changed date or slug leaves a 301 from the old one."""
