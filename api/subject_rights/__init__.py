"""AVG subject rights across every domain that holds something about a resident."""
