"""Print the corpus scores of the geoparser and its peer side by side."""

import statistics
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _ratio(a: int, b: int) -> float | None:
    return a / b if b else None


def _figures(tally, resolve_km: float, event_km: float) -> dict[str, str]:
    c = tally.counts
    p = _ratio(c["top_tp"], c["top_tp"] + c["top_fp"])
    r = _ratio(c["top_tp"], c["top_tp"] + c["top_fn"])
    f1 = 2 * p * r / (p + r) if p and r else None
    errors = tally.errors
    rows = {
        "in-region toponym spans: precision": _num(p),
        "  recall": _num(r),
        "  F1": _num(f1),
        "  tp / fp / fn": f"{c['top_tp']}/{c['top_fp']}/{c['top_fn']}",
        "  same offsets as the label": f"{c['top_exact']}/{c['top_tp']}",
        f"resolution within {resolve_km:g} km": _num(
            _ratio(c["res_right"], c["top_tp"])
        ),
        "median error km": _num(statistics.median(errors) if errors else None, 1),
        "out-of-region names found": f"{c['out_found']}/{c['out_total']}",
        "  made in-region (must be 0)": str(c["out_inside"]),
    }
    if "ev_total" in c:
        rows |= {
            f"events recall (date,type,place<={event_km:g}km)": _num(
                _ratio(c["ev_type"], c["ev_total"])
            )
            + f" ({c['ev_type']}/{c['ev_total']})",
            "events precision": _num(_ratio(c["ev_right"], c["ev_found"]))
            + f" ({c['ev_right']}/{c['ev_found']})",
            "events recall by sub_type": _num(_ratio(c["ev_sub"], c["ev_total"])),
        }
    if c["ev_missing"]:
        known = c["ev_total"] - c["ev_missing"]
        found = c["ev_type"] - c["ev_missing_found"]
        rows |= {
            "  events at places the gazetteer lacks": str(c["ev_missing"]),
            "  recall of the others": f"{_num(_ratio(found, known))} ({found}/{known})",
        }
    return rows


def _num(value: float | None, digits: int = 3) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def print_side_by_side(title: str, ours, peer, resolve_km: float, event_km: float):
    """Print one set's figures: the geoparser's column beside the peer's."""
    left = _figures(ours, resolve_km, event_km)
    right = _figures(peer, resolve_km, event_km)
    width = max(len(k) for k in left)
    print(f"-- {title}")
    print(f"{'':{width}}  {'geoparser':>16}  {'flashgeotext':>14}")
    for key, value in left.items():
        print(f"{key:{width}}  {value:>16}  {right.get(key, 'n/a'):>14}")
