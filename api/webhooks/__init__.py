"""Push notifications for partner systems: subscriptions, the outbox, signed deliveries."""
