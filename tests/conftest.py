import pytest

from explorer.corpus.corpora import MemoryCorpus
from explorer.read.dataset import build_dataset
from explorer.read.resources import LIBRARY_DIR


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
