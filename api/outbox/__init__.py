"""Events for partner systems, written in the transaction of the change they tell of."""
