"""Reading a message: the planner's routing, the typed reading of sets of jobs, claims to check, families, worry,
English, several asks in one message. Nothing here answers; it only says what is asked."""
