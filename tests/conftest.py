import pytest

from explorer.read.dataset import build_dataset


@pytest.fixture(scope="session")
def dataset():
    return build_dataset()


@pytest.fixture(scope="session")
def doc(dataset):
    (only,) = dataset.documents
    return only
