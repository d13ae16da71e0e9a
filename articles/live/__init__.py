"""Live reports: short timestamped entries on one article's page, new ones reaching open pages."""
