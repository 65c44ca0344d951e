"""The dense model, loaded in the background in the chat server, is tried once more when that load failed."""

import pytest

from search import embeddings


class Flaky(embeddings.Embedder):
    """The first load fails as the import deadlock measured in the server did; the next one works."""

    loads = 0

    def _load(self) -> None:
        Flaky.loads += 1
        if Flaky.loads == 1:
            self._error = RuntimeError("deadlock detected by _ModuleLock('narwhals.stable.v1')")
        else:
            self._model, self._error = "model", None
        self._loaded.set()


def test_a_failed_background_load_is_tried_once_more_on_first_use():
    Flaky.loads = 0
    embedder = Flaky(background=True)
    assert embedder.model == "model" and Flaky.loads == 2
    assert embedder.model == "model" and Flaky.loads == 2  # loaded once for good


def test_a_load_that_fails_again_says_why():
    class Broken(embeddings.Embedder):
        loads = 0

        def _load(self) -> None:
            Broken.loads += 1
            self._error = OSError("no weights")
            self._loaded.set()

    embedder = Broken(background=True)
    for _ in range(2):  # tried twice in all, then the same error every time
        with pytest.raises(RuntimeError, match="no weights"):
            embedder.embed(["texte"])
    assert Broken.loads == 2
