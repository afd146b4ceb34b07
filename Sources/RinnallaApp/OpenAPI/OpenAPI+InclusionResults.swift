import RinnallaCore

/// ESIS results and the start-vs-end comparison in the OpenAPI document, merged into
/// `OpenAPIDocument.document`.
enum InclusionResultsOpenAPI {
    typealias Doc = OpenAPIDocument

    static let uuid: JSONValue = ["type": "string", "format": "uuid"]

    static let paths: JSONValue = [
        "/api/v1/rounds/{roundID}/results": [
            "get": Doc.operation(
                "getInclusionRoundResults",
                "A collection round's ESIS results: responses complete and incomplete, mean, SD, median, 95 % intervals, the share under 50, the score histogram, each statement's answers and subgroups by the background questions — aggregates only, never per person, every count protected for small numbers (threshold `privacy.minimumCellSize`, at least 5; complementary suppression), with the guide's reference figures. While the round is open, answers join the figures only in random groups of five, the latest five to nine waiting until it closes, so that no change isolates one answer. For every member of the round's unit (others 404). Audited as a view.",
                tag: "inclusion", parameters: ["roundID"],
                responses: [("200", Doc.response("Round results", Doc.ref("InclusionRoundResults")))])
        ],
        "/api/v1/evaluations/{evaluationID}/comparison": [
            "get": .object([
                ("operationId", "getInclusionComparison"),
                (
                    "summary",
                    "Two rounds of an evaluation compared (default its first two): difference of means with Welch's t-test; for responses paired by the respondents' codes (each code exactly once in each round, complete responses only) the mean change, paired t-test, Wilcoxon signed-rank test, effect size and the moves across 50. Aggregated in the database; protected for small numbers; answers of an open round join in groups of five as for the round results. For every member of the evaluation's unit (others 404). Audited as a view."
                ),
                ("tags", ["inclusion"]),
                (
                    "parameters",
                    [
                        [
                            "name": "evaluationID", "in": "path", "required": true, "schema": uuid,
                        ],
                        PlacesOpenAPI.query("first", uuid, "The first (start) round; default the evaluation's first"),
                        PlacesOpenAPI.query("second", uuid, "The second (end) round; default the evaluation's second"),
                    ]
                ),
                (
                    "responses",
                    .object([("200", Doc.response("Comparison", Doc.ref("InclusionComparison")))] + Doc.errors)
                ),
            ])
        ],
    ]

    static let interval: JSONValue = [
        "type": ["object", "null"],
        "properties": ["lower": ["type": "number"], "upper": ["type": "number"], "level": ["type": "number"]],
    ]

    static let summary: JSONValue = [
        "type": ["object", "null"],
        "description": "Absent below the threshold. Scores 0–100; shares 0–1.",
        "properties": [
            "n": ["type": "integer"], "mean": ["type": "number"], "standardDeviation": ["type": ["number", "null"]],
            "median": ["type": "number"], "meanInterval": interval, "veryWeakCount": ["type": "integer"],
            "veryWeakShare": ["type": "number"], "veryWeakInterval": interval,
        ],
    ]

    static let schemas: JSONValue = [
        "InclusionRoundResults": [
            "type": "object",
            "required": [
                "roundID", "evaluationID", "name", "threshold", "notice", "complete", "incomplete", "histogram",
                "statements", "subgroups", "referenceFigures",
            ],
            "properties": [
                "roundID": uuid, "evaluationID": uuid, "name": ["type": "string"], "threshold": ["type": "integer"],
                "notice": ["type": "string"],
                "complete": Doc.ref("ProtectedCount"), "incomplete": Doc.ref("ProtectedCount"),
                "summary": summary,
                "histogram": [
                    "type": "array", "description": "Bars of 10 points; empty below the threshold",
                    "items": [
                        "type": "object",
                        "properties": [
                            "lower": ["type": "number"], "upper": ["type": "number"],
                            "includesUpper": ["type": "boolean"], "count": Doc.ref("ProtectedCount"),
                        ],
                    ],
                ],
                "statements": [
                    "type": "array", "description": "Statements 1–10 (the guide's wording); empty below the threshold",
                    "items": [
                        "type": "object",
                        "properties": [
                            "statement": ["type": "integer"], "text": ["type": "string"],
                            "counts": ["type": "array", "items": Doc.ref("ProtectedCount")],
                            "total": Doc.ref("ProtectedCount"),
                        ],
                    ],
                ],
                "subgroups": [
                    "type": "array",
                    "items": [
                        "type": "object",
                        "properties": [
                            "question": ["type": "string", "enum": ["gender", "age-group", "labour-status"]],
                            "total": Doc.ref("ProtectedCount"),
                            "subgroups": [
                                "type": "array",
                                "items": [
                                    "type": "object",
                                    "properties": [
                                        "answer": ["type": "string", "description": "\"\" = unanswered"],
                                        "count": Doc.ref("ProtectedCount"), "summary": summary,
                                    ],
                                ],
                            ],
                        ],
                    ],
                ],
                "referenceFigures": [
                    "type": "array",
                    "items": [
                        "type": "object",
                        "properties": [
                            "measure": ["type": "string", "enum": ["meanScore", "percentVeryWeak"]],
                            "value": ["type": "number"], "printed": ["type": "string"],
                            "population": ["type": "string"], "survey": ["type": "string"],
                            "year": ["type": "integer"], "reference": ["type": "string"],
                        ],
                    ],
                ],
            ],
        ],
        "InclusionComparison": [
            "type": "object",
            "required": ["evaluationID", "first", "second", "threshold", "notice", "pairs"],
            "properties": [
                "evaluationID": uuid, "first": Doc.ref("InclusionRoundResults"),
                "second": Doc.ref("InclusionRoundResults"), "threshold": ["type": "integer"],
                "notice": ["type": "string"], "pairs": Doc.ref("ProtectedCount"),
                "unpaired": [
                    "type": ["object", "null"], "description": "second − first, Welch; absent below the threshold",
                    "properties": [
                        "meanDifference": ["type": "number"], "interval": interval, "t": ["type": "number"],
                        "degreesOfFreedom": ["type": "number"], "p": ["type": "number"], "hedgesG": ["type": "number"],
                    ],
                ],
                "paired": [
                    "type": ["object", "null"], "description": "end − start over the pairs; absent below the threshold",
                    "properties": [
                        "n": ["type": "integer"], "meanChange": ["type": "number"], "interval": interval,
                        "t": ["type": "number"], "degreesOfFreedom": ["type": "number"], "p": ["type": "number"],
                        "wilcoxonP": ["type": ["number", "null"]], "cohensDz": ["type": "number"],
                    ],
                ],
                "crossings": [
                    "type": ["object", "null"],
                    "description":
                        "Pairs by the side of 50 at the start (rows: under 50, 50 or more) and the end (columns)",
                    "properties": [
                        "cells": ["type": "array", "items": ["type": "array", "items": Doc.ref("ProtectedCount")]],
                        "rowTotals": ["type": "array", "items": Doc.ref("ProtectedCount")],
                        "columnTotals": ["type": "array", "items": Doc.ref("ProtectedCount")],
                        "total": Doc.ref("ProtectedCount"),
                    ],
                ],
            ],
        ],
    ]
}
