"""Politeness per host: a pause between the end of one request and the start of the next.

Every wait the crawler makes (the delay between pages, a robots.txt Crawl-delay, backoff
after an error, a server's Retry-After) goes through one ``Throttle``, so the waits never
add up twice and tests can hand in a fake clock.
"""

from __future__ import annotations

import time
from collections.abc import Callable

Clock = Callable[[], float]
Sleep = Callable[[float], None]


class Throttle:
    """Keeps each host at least ``delay`` seconds apart, or longer where the host asks."""

    def __init__(self, delay: float, *, clock: Clock = time.monotonic, sleep: Sleep = time.sleep) -> None:
        self.default_delay = max(0.0, delay)
        self._clock = clock
        self._sleep = sleep
        self._delays: dict[str, float] = {}
        self._ready_at: dict[str, float] = {}

    def delay(self, host: str) -> float:
        """The pause this host gets between requests."""
        return self._delays.get(host, self.default_delay)

    def set_delay(self, host: str, seconds: float) -> None:
        """A host's own wish (robots.txt Crawl-delay) wins over a smaller default, never a larger."""
        self._delays[host] = max(self.default_delay, seconds)

    def wait(self, host: str) -> float:
        """Sleep until ``host`` may get the next request; returns the seconds slept."""
        pause = self._ready_at.get(host, 0.0) - self._clock()
        if pause <= 0:
            return 0.0
        self._sleep(pause)
        return pause

    def done(self, host: str) -> None:
        """A request to ``host`` just ended: the next one waits the host's delay from now."""
        self._ready_at[host] = max(self._ready_at.get(host, 0.0), self._clock() + self.delay(host))

    def hold(self, host: str, seconds: float) -> None:
        """Keep ``host`` quiet for at least ``seconds`` from now (backoff, Retry-After)."""
        self._ready_at[host] = max(self._ready_at.get(host, 0.0), self._clock() + seconds)
