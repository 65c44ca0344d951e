"""The explorer: the 58 jobs as a server-rendered table with filters, a page per job, and the data to download."""
