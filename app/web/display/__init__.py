"""What the chat shows around an answer: its sources line, its tool steps, and Chainlit's own wording."""
