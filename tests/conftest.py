import pytest

from explorer.corpus import querylang
from explorer.corpus.corpora import MemoryCorpus
from explorer.read.dataset import build_dataset
from explorer.read.resources import LIBRARY_DIR


@pytest.fixture(autouse=True)
def unhurried(monkeypatch):
    """No wall clock in a test's answers: a query's time budget (a server is shared) would make the hits a
    test compares depend on the machine's speed (a word-level query with no word reads every sentence of the
    library, near the budget here and past it on a slower machine). Tests of the stop set their own budget."""
    monkeypatch.setattr(querylang, "REGEX_SECONDS", float("inf"))


@pytest.fixture(scope="session")
def dataset():
    return build_dataset()


@pytest.fixture(scope="session")
def doc(dataset):
    (only,) = dataset.documents
    return only


@pytest.fixture(scope="session")
def library_dataset():
    """The sample library (data/library/), read as a folder of reports: parsed once for the whole run."""
    return build_dataset(LIBRARY_DIR)


@pytest.fixture(scope="session")
def library_corpus(library_dataset):
    return MemoryCorpus(library_dataset)


@pytest.fixture(scope="session")
def seed_and_library(dataset, library_dataset):
    """What the app and ``--library`` read with the sample library switched on: the seed, then the library."""
    return MemoryCorpus.of([*dataset.documents, *library_dataset.documents])
