#!/usr/bin/env python3
"""Test fixtures for the inclusion indicator (ESIS) statistics in RinnallaCore, computed
independently with scipy.stats, and the passages of THL's guide the verbatim tests compare
against.

    python3 scripts/esis-fixtures.py            # writes Tests/RinnallaCoreTests/Fixtures/*.json

CI does not run this (no scipy there); the outputs are committed. Rerun it only when the
datasets or the conventions below change, and say why in the commit.

Conventions matched by the Swift code (Sources/RinnallaCore/Inclusion/Statistics):
- Scores: (raw sum - 10) * 2.5; datasets are stored as raw sums 10..50.
- Comparisons are second - first (end - start): ttest_ind(second, first, equal_var=False),
  ttest_rel(end, start); intervals from the results' confidence_interval(0.95).
- Wilcoxon signed-rank: wilcoxon(end - start, zero_method="wilcox", correction=True,
  method=M) with M = "exact" when there are no ties, no zeros and n <= 50, otherwise
  "asymptotic" (scipy's "auto" would run a permutation test for n <= 13 with ties; the
  Swift code uses the normal approximation there, so the fixture asks scipy for it).
- Share under 50: binomtest(k, n).proportion_ci(0.95, method="wilson").
- Effect sizes (no scipy function; plain numpy here): Cohen's d with the pooled SD,
  Hedges' g = d * (1 - 3 / (4 (n1 + n2) - 9)), paired d_z = mean(diff) / sd(diff).
"""

import json
import pathlib

import numpy as np
import scipy
from scipy import special, stats

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "Tests" / "RinnallaCoreTests" / "Fixtures"
SEED = ROOT.parent / "shared" / "seeds" / "004_1d8d46e8ce5452c4.txt"

# Line ranges (1-based, inclusive) of the guide that the tests compare with.
GUIDE_RANGES = [
    (1342, 1360),  # Finsote 2019 reference figures
    (1429, 1435),  # Kouluterveyskysely 2019 and 2021
    (1730, 1736),  # Pääkaupunkiseudun hyvinvointikysely 2021
    (1881, 1883),  # name of the indicator
    (2020, 2028),  # not for individual client assessment
    (2053, 2095),  # question, statements, options, cut-off
    (2113, 2132),  # translations
    (2314, 2335),  # no changes; self-completion
    (2339, 2431),  # Kuva 2, Taulukko 1, Kuva 3, missing values
    (2596, 2662),  # Small success stories: the four steps
    (2663, 2663), (2736, 2736), (2990, 2990), (3175, 3175),  # the steps' sections
    (2811, 2867),  # encouraging comments, everyday life, follow-ups, interview guide
    (2884, 2930),  # the three themes
    (2942, 2988),  # principles of a good interview
    (3019, 3021),  # what a story is
    (3096, 3108),  # typology
    (3255, 3258),  # title of the 24 questions
    (3298, 3448),  # the 24 auxiliary questions
]


def scores(raw):
    return (np.asarray(raw, dtype=float) - 10) * 2.5


def describe(raw):
    x = scores(raw)
    n = len(x)
    out = {"n": n, "mean": float(np.mean(x)), "median": float(np.median(x))}
    if n > 1:
        out["sd"] = float(np.std(x, ddof=1))
        ci = stats.ttest_1samp(x, 0).confidence_interval(0.95)
        out["ciLower"], out["ciUpper"] = float(ci.low), float(ci.high)
    k = int(np.sum(x < 50))
    wilson = stats.binomtest(k, n).proportion_ci(0.95, method="wilson")
    out["veryWeak"] = k
    out["veryWeakLower"], out["veryWeakUpper"] = float(wilson.low), float(wilson.high)
    return out


def unpaired(first, second):
    a, b = scores(first), scores(second)
    res = stats.ttest_ind(b, a, equal_var=False)
    ci = res.confidence_interval(0.95)
    n1, n2 = len(a), len(b)
    pooled = np.sqrt(((n1 - 1) * np.var(a, ddof=1) + (n2 - 1) * np.var(b, ddof=1)) / (n1 + n2 - 2))
    d = (np.mean(b) - np.mean(a)) / pooled
    return {
        "meanDifference": float(np.mean(b) - np.mean(a)),
        "t": float(res.statistic),
        "df": float(res.df),
        "p": float(res.pvalue),
        "ciLower": float(ci.low),
        "ciUpper": float(ci.high),
        "cohensD": float(d),
        "hedgesG": float(d * (1 - 3 / (4 * (n1 + n2) - 9))),
    }


def paired(start, end):
    a, b = scores(start), scores(end)
    res = stats.ttest_rel(b, a)
    ci = res.confidence_interval(0.95)
    diff = b - a
    nonzero = diff[diff != 0]
    ties = len(np.unique(np.abs(nonzero))) < len(nonzero)
    zeros = int(np.sum(diff == 0))
    method = "exact" if (not ties and zeros == 0 and len(diff) <= 50) else "asymptotic"
    w = stats.wilcoxon(diff, zero_method="wilcox", correction=True, method=method)
    auto = stats.wilcoxon(diff, zero_method="wilcox", correction=True)
    start_weak, end_weak = a < 50, b < 50
    return {
        "n": len(diff),
        "meanChange": float(np.mean(diff)),
        "sd": float(np.std(diff, ddof=1)),
        "t": float(res.statistic),
        "df": float(res.df),
        "p": float(res.pvalue),
        "ciLower": float(ci.low),
        "ciUpper": float(ci.high),
        "cohensDz": float(np.mean(diff) / np.std(diff, ddof=1)),
        "wilcoxonMethod": "exact" if method == "exact" else "normalApproximation",
        "wilcoxonStatistic": float(w.statistic),
        "wilcoxonP": float(w.pvalue),
        "wilcoxonAbsZ": float(abs(w.zstatistic)) if method == "asymptotic" else None,
        "wilcoxonZeros": zeros,
        "wilcoxonPScipyAuto": float(auto.pvalue),
        "stayedVeryWeak": int(np.sum(start_weak & end_weak)),
        "roseAcross50": int(np.sum(start_weak & ~end_weak)),
        "fellAcross50": int(np.sum(~start_weak & end_weak)),
        "stayedAbove": int(np.sum(~start_weak & ~end_weak)),
    }


def raw_sums(rng, n, p):
    """Ten answers 1..5 per respondent, each 1 + Binomial(4, p): a plausible spread."""
    return (10 + rng.binomial(4, p, size=(n, 10)).sum(axis=1)).tolist()


def paired_raw(rng, start, shift):
    """End raw sums: start plus a small integer change, kept within 10..50."""
    change = rng.integers(-3, 4, size=len(start)) + shift
    return np.clip(np.asarray(start) + change, 10, 50).tolist()


def datasets():
    rng = np.random.default_rng(2026)
    out = []
    # Small unpaired groups, some under 50 (raw sum <= 29), a few ties.
    out.append({"name": "small", "first": [22, 31, 35, 28, 40, 33, 29, 37],
                "second": [30, 38, 41, 36, 27, 44, 39, 35, 42]})
    # Many ties, a group at the very bottom and the top.
    out.append({"name": "ties", "first": [10] * 3 + [25] * 6 + [30] * 10 + [35] * 8 + [50] * 2,
                "second": [20] * 2 + [30] * 9 + [35] * 12 + [40] * 7 + [50] * 4})
    # Paired, distinct non-zero changes: the exact Wilcoxon distribution.
    start = [25, 30, 28, 35, 40, 22, 33, 38, 27, 31]
    change = [3, -1, 7, 2, -4, 9, 5, -6, 11, 8]
    out.append({"name": "pairedExact", "start": start, "end": [s + c for s, c in zip(start, change)]})
    # Paired, small, with ties (scipy "auto" would permute; normal approximation here).
    start = [30, 32, 28, 35, 26, 40, 33, 29]
    change = [2, 2, -1, 3, 2, -1, 4, 3]
    out.append({"name": "pairedSmallTies", "start": start, "end": [s + c for s, c in zip(start, change)]})
    # Paired with zeros and ties, n = 30.
    start = raw_sums(rng, 30, 0.55)
    out.append({"name": "pairedZerosTies", "start": start, "end": paired_raw(rng, start, 1)})
    # Paired where every change is zero but one (edge of the Wilcoxon with zeros).
    start = [30, 31, 32, 33, 34, 35]
    out.append({"name": "pairedMostlyZero", "start": start, "end": start[:-1] + [40]})
    # Large: population-like groups and 1500 pairs.
    first = raw_sums(rng, 2000, 0.62)
    second = raw_sums(rng, 2200, 0.66)
    start = first[:1500]
    out.append({"name": "large", "first": first, "second": second,
                "start": start, "end": paired_raw(rng, start, 1)})
    for d in out:
        if "first" in d:
            d["expectedFirst"] = describe(d["first"])
            d["expectedSecond"] = describe(d["second"])
            d["expectedUnpaired"] = unpaired(d["first"], d["second"])
        if "start" in d:
            d["expectedPaired"] = paired(d["start"], d["end"])
    return out


def distributions():
    t_cases = []
    for df in [1, 2, 2.5, 5, 9, 29, 100, 1000, 1e6]:
        for x in [-40, -3.5, -1.2, 0.0, 0.3, 1.96, 2.2, 8.0]:
            t_cases.append({"t": x, "df": df, "cdf": float(stats.t.cdf(x, df)),
                            "twoSidedP": float(2 * stats.t.sf(abs(x), df))})
    q_cases = []
    for df in [1, 2, 3.7, 7, 19, 60, 1234.5, 1e6]:
        for p in [1e-6, 0.025, 0.1, 0.5, 0.8, 0.975, 0.995]:
            q_cases.append({"p": p, "df": df, "quantile": float(stats.t.ppf(p, df))})
    n_cases = [{"z": z, "cdf": float(stats.norm.cdf(z))} for z in [-8, -3, -1.96, -0.5, 0, 0.7, 2.5, 6]]
    nq_cases = [{"p": p, "quantile": float(stats.norm.ppf(p))} for p in [1e-9, 0.001, 0.025, 0.3, 0.5, 0.975, 0.999]]
    beta_cases = [{"a": a, "b": b, "x": x, "value": float(special.betainc(a, b, x))}
                  for a, b, x in [(0.5, 0.5, 0.3), (2, 3, 0.4), (10, 0.5, 0.9), (0.5, 10, 0.01),
                                  (50, 50, 0.5), (500000, 0.5, 0.999999), (3.3, 7.1, 0.75)]]
    return {"t": t_cases, "tQuantile": q_cases, "normal": n_cases, "normalQuantile": nq_cases,
            "incompleteBeta": beta_cases}


def guide_excerpts():
    lines = SEED.read_text(encoding="utf-8").split("\n")
    return {
        "source": "../shared/seeds/004_1d8d46e8ce5452c4.txt (THL: Osallisuuden edistäjän opas, Ohjaus 10/2023)",
        "excerpts": [{"from": a, "to": b, "lines": lines[a - 1:b]} for a, b in GUIDE_RANGES],
    }


def write(name, value):
    path = FIXTURES / name
    path.write_text(json.dumps(value, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("wrote", path.relative_to(ROOT))


if __name__ == "__main__":
    FIXTURES.mkdir(parents=True, exist_ok=True)
    write("esis-statistics.json", {
        "generator": f"scripts/esis-fixtures.py, scipy {scipy.__version__}, numpy {np.__version__}",
        "datasets": datasets(),
        "distributions": distributions(),
    })
    write("thl-guide-excerpts.json", guide_excerpts())
