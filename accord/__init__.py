"""accord: an accountable record of international relations, read from diplomatic news."""
