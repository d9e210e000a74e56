"""Analyses cross process boundaries in batch runs: pickling must round-trip exactly."""
import pickle

from hypothesis import given, settings

from tests.strategies import analyses


@given(analyses())
@settings(max_examples=100, deadline=None)
def test_pickle_roundtrip_is_exact(analysis):
    for protocol in (2, pickle.HIGHEST_PROTOCOL):
        assert pickle.loads(pickle.dumps(analysis, protocol=protocol)) == analysis
