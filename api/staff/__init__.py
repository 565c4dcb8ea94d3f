"""Staff administration: accounts and clients, managed by admins through the API."""
