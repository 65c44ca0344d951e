"""The assistant: answer engine, optional LLM agent, Chainlit UI and command line."""
