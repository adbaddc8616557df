"""The search page's page of hits as AppTest sees it: one component (explorer/ui/kwiclist.py) whose data holds the
lines and their links; and a click on one, sent as the browser sends it."""

from __future__ import annotations

import json
import re
from html import unescape
from urllib.parse import parse_qsl, urlsplit

from streamlit.components.v2.bidi_component.main import _make_trigger_id
from streamlit.proto.WidgetStates_pb2 import WidgetState
from streamlit.testing.v1 import AppTest


def hit_rows(at: AppTest) -> str:
    """The lines and links of the page of hits, as sent to the browser (HTML, escaped on the server)."""
    return "".join(e.proto.bytes.decode() for e in at.get("bidi_component"))


def hit_links(at: AppTest) -> list[dict[str, str]]:
    """Each hit's link (its href) as parameters, the page it opens (its path) as ``page``."""
    hrefs = [urlsplit(unescape(h)) for h in re.findall(r'href="([^"]*)"', hit_rows(at))]
    return [{"page": h.path.rsplit("/", 1)[-1], **dict(parse_qsl(h.query))} for h in hrefs]


def click_hit(at: AppTest, value: object) -> AppTest:
    """The rerun a plain click on a hit's link asks for: its trigger value (the hit's place, or whatever a
    forged message sends) beside the other widgets' values."""
    (element,) = at.get("bidi_component")
    states = at._tree.get_widget_states()
    trigger = json.dumps([{"event": "open", "value": value}])
    states.widgets.append(WidgetState(id=_make_trigger_id(element.proto.id, "events"), json_trigger_value=trigger))
    return at._run(states)
