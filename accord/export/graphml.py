"""The who-met-whom network as GraphML: actors are nodes, events taken part in together edges."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

NS = "http://graphml.graphdrawing.org/xmlns"
# (id, applies to, type) of each attribute; edges carry how often and when.
KEYS = (
    ("name", "node", "string"),
    ("kind", "node", "string"),
    ("events", "node", "int"),
    ("count", "edge", "int"),
    ("dates", "edge", "string"),
)


def write(network: dict[str, Any], out: Path) -> int:
    root = ET.Element("graphml", xmlns=NS)
    for key, applies_to, kind in KEYS:
        ET.SubElement(root, "key", {"id": key, "for": applies_to, "attr.name": key, "attr.type": kind})
    graph = ET.SubElement(root, "graph", id="accord", edgedefault="undirected")
    for node in network["nodes"]:
        element = ET.SubElement(graph, "node", id=node["id"])
        _data(element, name=node["name"], kind=node["kind"], events=node["count"])
    for i, edge in enumerate(network["edges"]):
        element = ET.SubElement(graph, "edge", id=f"l{i}", source=edge["source"], target=edge["target"])
        _data(element, count=edge["count"], dates=" ".join(edge["dates"]))
    ET.indent(root)
    ET.ElementTree(root).write(out, encoding="utf-8", xml_declaration=True)
    return len(network["edges"])


def _data(element: ET.Element, **values: Any) -> None:
    for key, value in values.items():
        ET.SubElement(element, "data", key=key).text = str(value)
