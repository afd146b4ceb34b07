import RinnallaCore

/// The social report in the OpenAPI document, merged into `OpenAPIDocument.document`.
enum SocialReportOpenAPI {
    typealias Doc = OpenAPIDocument

    static let paths: JSONValue = [
        "/api/v1/reports/social": [
            "get": .object([
                ("operationId", "getSocialReport"),
                (
                    "summary",
                    "The social report of a unit over whole calendar months that have ended (default the last twelve; at most 36; a `from` or `to` that is not a whole month, or a month not yet ended, is 422 naming the field — so two reports cannot be subtracted into one day's counts): contacts by channel, topic, area and month × channel, referrals by method and service kind against the outcome, and the observations chosen for the report. Every count is protected for small numbers (threshold `privacy.minimumCellSize`), as on the page and in the CSV. For the unit's team leads, evaluators and workers; another unit is 404. Audited as a view."
                ),
                ("tags", ["reports"]),
                (
                    "parameters",
                    [
                        PlacesOpenAPI.query(
                            "unit", ["type": "string", "format": "uuid"], "The unit; default the user's first"),
                        PlacesOpenAPI.query(
                            "from", ["type": "string"], "First month: `2026-03`, `3/2026`, or the first day of a month"),
                        PlacesOpenAPI.query(
                            "to", ["type": "string"],
                            "Last month (ended): `2026-03`, `3/2026`, or the last day of a month"),
                        PlacesOpenAPI.query("area", ["type": "string", "format": "uuid"], "Only this area"),
                    ]
                ),
                (
                    "responses",
                    .object([("200", Doc.response("The report", Doc.ref("SocialReport")))] + Doc.errors)
                ),
            ])
        ]
    ]

    static let row: JSONValue = [
        "type": "object", "required": ["key", "label", "count"],
        "properties": ["key": ["type": "string"], "label": ["type": "string"], "count": Doc.ref("ProtectedCount")],
    ]

    static let schemas: JSONValue = [
        "SocialReportRow": row,
        "SocialReportTable": [
            "type": "object", "required": ["rows", "columns", "cells", "rowTotals", "columnTotals", "total"],
            "properties": [
                "rows": ["type": "array", "items": ["type": "string"]],
                "columns": ["type": "array", "items": ["type": "string"]],
                "cells": ["type": "array", "items": ["type": "array", "items": Doc.ref("ProtectedCount")]],
                "rowTotals": ["type": "array", "items": Doc.ref("ProtectedCount")],
                "columnTotals": ["type": "array", "items": Doc.ref("ProtectedCount")],
                "total": Doc.ref("ProtectedCount"),
            ],
        ],
        "SocialReport": [
            "type": "object",
            "required": [
                "unitID", "unitName", "from", "to", "threshold", "contacts", "byChannel", "byTopic", "byArea",
                "byMonthAndChannel", "referralsByMethod", "referralsByServiceKind", "observations",
            ],
            "properties": [
                "unitID": ["type": "string", "format": "uuid"], "unitName": ["type": "string"],
                "from": ["type": "string", "format": "date"], "to": ["type": "string", "format": "date"],
                "areaID": ["type": ["string", "null"], "format": "uuid"], "threshold": ["type": "integer"],
                "contacts": Doc.ref("ProtectedCount"),
                "byChannel": ["type": "array", "items": Doc.ref("SocialReportRow")],
                "byTopic": [
                    "type": "array", "items": Doc.ref("SocialReportRow"),
                    "description": "A contact may have several topics",
                ],
                "byArea": [
                    "type": "array", "items": Doc.ref("SocialReportRow"), "description": "key `none`: no area",
                ],
                "byMonthAndChannel": Doc.ref("SocialReportTable"),
                "referralsByMethod": Doc.ref("SocialReportTable"),
                "referralsByServiceKind": Doc.ref("SocialReportTable"),
                "observations": [
                    "type": "array",
                    "items": [
                        "type": "object",
                        "properties": [
                            "day": ["type": "string", "format": "date"], "text": ["type": "string"],
                            "tags": ["type": "array", "items": ["type": "string"]],
                            "areaName": ["type": ["string", "null"]],
                        ],
                    ],
                ],
            ],
        ],
    ]
}
