"""The documents served beside the chat: cited passages and table rows as pages, and the briefs (page, PDF)."""
