"""Load test of the running chat: N simultaneous Chainlit sessions over socket.io on loopback, each sending its
share of the questions one after another; time from sending to the full answer: the end of the answer
("task_end"), then the inline elements fetched from their URLs as the page does (charts)."""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
import uuid
from datetime import UTC, datetime
from urllib.parse import urlparse

import aiohttp
import socketio


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


async def _token_cookie(url: str) -> str:
    """Log in like the page does (single local user: header authentication) and return the session cookie."""
    async with aiohttp.ClientSession() as http:
        async with http.post(f"{url}/auth/header") as response:
            response.raise_for_status()
            cookies = response.cookies
    return "; ".join(f"{name}={morsel.value}" for name, morsel in cookies.items())


# What the page fetches as soon as an answer shows: inline charts and texts (side passages wait for a click,
# a file is a download link).
FETCHED_AT_ONCE = {"plotly", "text"}


async def session(url: str, cookie: str, questions: list[str], timeout: float) -> tuple[list[float], list[str]]:
    client = socketio.AsyncClient(reconnection=False)
    done: asyncio.Queue = asyncio.Queue()
    inline: list[str] = []
    client.on("task_end", lambda *_: done.put_nowait(time.perf_counter()))
    client.on(
        "element",
        lambda e: (
            inline.append(e["url"])
            if e.get("display") == "inline" and e.get("type") in FETCHED_AT_ONCE and e.get("url")
            else None
        ),
    )
    http = aiohttp.ClientSession(base_url=url, headers={"Cookie": cookie})
    thread_id = str(uuid.uuid4())
    durations, errors = [], []
    try:
        await client.connect(
            url,
            socketio_path="/ws/socket.io",
            transports=["websocket"],
            headers={"Cookie": cookie, "Origin": url},
            auth={"clientType": "webapp", "sessionId": str(uuid.uuid4()), "threadId": thread_id, "userEnv": "{}"},
            wait_timeout=30,
        )
        await client.emit("connection_successful")
        await asyncio.sleep(0.5)
        for question in questions:
            while not done.empty():
                done.get_nowait()
            inline.clear()
            started = time.perf_counter()
            await client.emit(
                "client_message",
                {
                    "message": {
                        "id": str(uuid.uuid4()),
                        "threadId": thread_id,
                        "name": "User",
                        "type": "user_message",
                        "output": question,
                        "createdAt": datetime.now(UTC).isoformat(),
                    },
                    "fileReferences": [],
                },
            )
            try:
                await asyncio.wait_for(done.get(), timeout)
                for element_url in inline:
                    async with http.get(element_url) as response:
                        await response.read()
                        if response.status != 200:
                            errors.append(f"élément {element_url} : HTTP {response.status}")
                durations.append(time.perf_counter() - started)
            except TimeoutError:
                errors.append(f"délai dépassé : {question[:60]}")
    except Exception as error:  # noqa: BLE001 - a failed session is a counted error, not a crash
        errors.append(f"{type(error).__name__}: {error}")
    finally:
        await http.close()
        if client.connected:
            await client.disconnect()
    return durations, errors


async def run_load(url: str, questions: list[str], sessions: int, timeout: float = 30.0) -> dict:
    cookie = await _token_cookie(url)
    shares = [questions[i::sessions] for i in range(sessions)]
    started = time.perf_counter()
    results = await asyncio.gather(*(session(url, cookie, share, timeout) for share in shares))
    wall = time.perf_counter() - started
    durations = sorted(d for result, _ in results for d in result)
    errors = [e for _, errs in results for e in errs]
    p95 = percentile(durations, 0.95) if durations else float("nan")
    return {
        "sessions": sessions,
        "questions": len(questions),
        "answered": len(durations),
        "errors": errors,
        "p50_s": statistics.median(durations) if durations else float("nan"),
        "p95_s": p95,
        "wall_s": wall,
        "throughput_qps": len(durations) / wall if wall else 0.0,
    }


def main(argv: list[str] | None = None) -> int:
    from .evaluate import HELDOUT, QUESTIONS, load_questions

    parser = argparse.ArgumentParser(prog="python -m devtools.loadtest")
    parser.add_argument("--url", default="http://127.0.0.1:8000")
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--questions", type=int, default=200)
    args = parser.parse_args(argv)
    if urlparse(args.url).hostname not in ("127.0.0.1", "localhost", "::1"):
        print("Erreur : le test de charge ne vise que la boucle locale (127.0.0.1).", file=sys.stderr)
        return 2
    pool = [q["question"] for q in load_questions(QUESTIONS) + load_questions(HELDOUT)]
    questions = (pool * (args.questions // len(pool) + 1))[: args.questions]
    print(json.dumps(asyncio.run(run_load(args.url, questions, args.sessions)), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
