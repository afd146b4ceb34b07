import RinnallaCore

/// The group activity part of the OpenAPI document, merged into `OpenAPIDocument.document`.
enum GroupsOpenAPI {
    typealias Doc = OpenAPIDocument

    static func query(_ name: String, _ schema: JSONValue, _ description: String) -> JSONValue {
        [
            "name": .string(name), "in": "query", "required": false, "schema": schema,
            "description": .string(description),
        ]
    }

    static let filterParameters: JSONValue = [
        query("q", ["type": "string"], "Words found in the name, description, place or leaders"),
        query("area", ["type": "string", "format": "uuid"], "An area's id"),
        query("aim", aimEnum, "The group's aim"),
        query("weekday", ["type": "integer", "minimum": 1, "maximum": 7], "Meets on this ISO weekday (Monday = 1)"),
        query("language", languageEnum, "The group's language"),
        query("open", ["type": "string", "enum": ["1"]], "Only open groups whose run has started and not ended"),
        query("today", ["type": "string", "enum": ["1"]], "Only groups with a session today that is not cancelled"),
        query("places", ["type": "string", "enum": ["1"]], "Only groups with places left"),
        query("ended", ["type": "string", "enum": ["1"]], "Include groups that have ended"),
        query("page", ["type": "integer", "minimum": 1], "Page of 20, in name order"),
    ]

    static let aimEnum: JSONValue = ["type": "string", "enum": .array(GroupAim.allCases.map { .string($0.rawValue) })]
    static let methodEnum: JSONValue = [
        "type": "string", "enum": .array(GroupMethod.allCases.map { .string($0.rawValue) }),
    ]
    static let languageEnum: JSONValue = [
        "type": "string", "enum": .array(GroupLanguage.allCases.map { .string($0.rawValue) }),
    ]
    static let statusEnum: JSONValue = [
        "type": "string", "enum": .array(AttendanceStatus.allCases.map { .string($0.rawValue) }),
    ]

    /// The operation with query parameters added to its path parameters, if any.
    static func withQuery(_ operation: JSONValue, _ parameters: JSONValue) -> JSONValue {
        guard case .object(let pairs) = operation, case .array(let added) = parameters else { return operation }
        if let index = pairs.firstIndex(where: { $0.0 == "parameters" }), case .array(let path) = pairs[index].1 {
            var merged = pairs
            merged[index] = ("parameters", .array(path + added))
            return .object(merged)
        }
        return .object(Array(pairs.prefix(3)) + [("parameters", parameters)] + Array(pairs.dropFirst(3)))
    }

    static let paths: JSONValue = [
        "/api/v1/groups": [
            "get": withQuery(
                Doc.operation(
                    "listGroups",
                    "The organisation's group catalogue, for any worker: one page of 20 in name order, with the same filters as the catalogue page. Groups that have ended are left out unless `ended=1`.",
                    tag: "groups", responses: [("200", Doc.response("Groups", Doc.ref("GroupPage")))]),
                filterParameters),
            "post": Doc.operation(
                "createGroup",
                "Add a group owned by one of the user's units; its sessions are made from the schedule. Refused input answers 422 with `error.field` naming the field.",
                tag: "groups", body: Doc.ref("GroupInput"),
                responses: [("201", Doc.response("Created", Doc.ref("Group")))]),
        ],
        "/api/v1/groups/{groupID}": [
            "get": Doc.operation(
                "getGroup", "One group of the catalogue", tag: "groups", parameters: ["groupID"],
                responses: [("200", Doc.response("Group", Doc.ref("Group")))]),
            "patch": Doc.operation(
                "updateGroup",
                "Change a group (staff of its owning unit; others get 404); fields not sent keep their values. Sessions to come follow a new schedule, place or time; sessions already marked or changed by hand stay.",
                tag: "groups", body: Doc.ref("GroupInput"), parameters: ["groupID"],
                responses: [("200", Doc.response("Group", Doc.ref("Group")))]),
        ],
        "/api/v1/groups/{groupID}/sessions": [
            "get": withQuery(
                Doc.operation(
                    "listGroupSessions", "The group's sessions in time order", tag: "groups",
                    parameters: ["groupID"],
                    responses: [("200", Doc.response("Sessions", ["type": "array", "items": Doc.ref("GroupSession")]))]
                ),
                [query("from", ["type": "string"], "Only sessions on or after this day (d.M.yyyy or yyyy-MM-dd)")]),
            "post": Doc.operation(
                "addGroupSession", "Add a session by hand (staff of the owning unit)", tag: "groups",
                body: Doc.ref("GroupSessionInput"), parameters: ["groupID"],
                responses: [("201", Doc.response("Created", Doc.ref("GroupSession")))]),
        ],
        "/api/v1/sessions/{sessionID}/attendance": [
            "get": Doc.operation(
                "getAttendance",
                "The session's members with their attendance (audited as a view of each client); staff of the group's owning unit",
                tag: "groups", parameters: ["sessionID"],
                responses: [("200", Doc.response("Attendance", Doc.ref("Attendance")))]),
            "put": Doc.operation(
                "saveAttendance",
                "Save the session's attendance in one transaction. Idempotent: saving the same body again changes nothing and never duplicates a client's record. Clients not listed keep what they had. A client who is not a member, an unknown status or a walk-in count out of range answers 422 naming `status-<clientID>` or `walkIns`; a cancelled session or one still to come answers 422.",
                tag: "groups", body: Doc.ref("AttendanceInput"), parameters: ["sessionID"],
                responses: [("200", Doc.response("Attendance", Doc.ref("Attendance")))]),
        ],
    ]

    static let schemas: JSONValue = [
        "Group": [
            "type": "object",
            "required": [
                "id", "name", "description", "aim", "methods", "leaders", "leaderNames", "unitID", "areaID", "place",
                "weekdays", "startTime", "endTime", "intervalWeeks", "isOpen", "capacity", "enrolled", "placesLeft",
                "language", "accessibility", "firstDay", "lastDay",
            ],
            "properties": [
                "id": ["type": "string", "format": "uuid"], "name": ["type": "string"],
                "description": ["type": "string"], "aim": aimEnum, "methods": ["type": "array", "items": methodEnum],
                "leaders": [
                    "type": "array",
                    "items": [
                        "type": "object", "required": ["userID", "name"],
                        "properties": ["userID": ["type": "string", "format": "uuid"], "name": ["type": "string"]],
                    ],
                ],
                "leaderNames": ["type": "string", "description": "Leaders who are not staff users, by name"],
                "unitID": ["type": "string", "format": "uuid", "description": "The owning unit"],
                "areaID": ["type": "string", "format": "uuid"], "place": ["type": "string"],
                "weekdays": ["type": "array", "items": ["type": "integer", "minimum": 1, "maximum": 7]],
                "startTime": ["type": "string", "example": "10:00"], "endTime": ["type": "string"],
                "intervalWeeks": ["type": "integer", "enum": [1, 2]], "isOpen": ["type": "boolean"],
                "capacity": ["type": "integer"], "enrolled": ["type": "integer"], "placesLeft": ["type": "integer"],
                "language": languageEnum, "accessibility": ["type": "string"],
                "firstDay": ["type": "string", "format": "date"], "lastDay": ["type": "string", "format": "date"],
            ],
        ],
        "GroupPage": [
            "type": "object", "required": ["groups", "total", "page", "pages"],
            "properties": [
                "groups": ["type": "array", "items": Doc.ref("Group")], "total": ["type": "integer"],
                "page": ["type": "integer"], "pages": ["type": "integer"],
            ],
        ],
        "GroupInput": [
            "type": "object",
            "description":
                "Required when creating: unitID, name, description, aim, areaID, place, weekdays, startTime, endTime, intervalWeeks, isOpen, capacity, language, firstDay, lastDay",
            "properties": [
                "name": ["type": "string", "maxLength": 200], "description": ["type": "string", "maxLength": 4000],
                "aim": aimEnum, "methods": ["type": "array", "items": methodEnum],
                "leaderIDs": [
                    "type": "array", "items": ["type": "string", "format": "uuid"],
                    "description": "Staff users who lead the group",
                ],
                "leaderNames": ["type": "string", "maxLength": 200],
                "unitID": ["type": "string", "format": "uuid", "description": "Owning unit; only when creating"],
                "areaID": ["type": "string", "format": "uuid"], "place": ["type": "string", "maxLength": 200],
                "weekdays": ["type": "array", "items": ["type": "integer", "minimum": 1, "maximum": 7]],
                "startTime": ["type": "string", "example": "10:00"], "endTime": ["type": "string"],
                "intervalWeeks": ["type": "integer", "enum": [1, 2]], "isOpen": ["type": "boolean"],
                "capacity": ["type": "integer", "minimum": 1, "maximum": 200], "language": languageEnum,
                "accessibility": ["type": "string", "maxLength": 4000],
                "firstDay": ["type": "string", "description": "d.M.yyyy or yyyy-MM-dd"],
                "lastDay": ["type": "string", "description": "At most two years after the first day"],
            ],
        ],
        "GroupSession": [
            "type": "object",
            "required": [
                "id", "groupID", "day", "startTime", "endTime", "place", "note", "status", "cancelReason", "walkIns",
                "attendanceRecorded", "fromSchedule",
            ],
            "properties": [
                "id": ["type": "string", "format": "uuid"], "groupID": ["type": "string", "format": "uuid"],
                "day": ["type": "string", "format": "date"], "startTime": ["type": "string"],
                "endTime": ["type": "string"], "place": ["type": "string"], "note": ["type": "string"],
                "status": ["type": "string", "enum": ["planned", "cancelled"]], "cancelReason": ["type": "string"],
                "walkIns": ["type": "integer"], "attendanceRecorded": ["type": "boolean"],
                "fromSchedule": ["type": "boolean"],
            ],
        ],
        "GroupSessionInput": [
            "type": "object", "required": ["day", "startTime", "endTime", "place"],
            "properties": [
                "day": ["type": "string", "description": "d.M.yyyy or yyyy-MM-dd"], "startTime": ["type": "string"],
                "endTime": ["type": "string"], "place": ["type": "string"], "note": ["type": "string"],
            ],
        ],
        "Attendance": [
            "type": "object", "required": ["sessionID", "day", "walkIns", "recorded", "clients"],
            "properties": [
                "sessionID": ["type": "string", "format": "uuid"], "day": ["type": "string", "format": "date"],
                "walkIns": ["type": "integer"], "recorded": ["type": "boolean"],
                "clients": [
                    "type": "array",
                    "items": [
                        "type": "object", "required": ["clientID", "name", "status"],
                        "properties": [
                            "clientID": ["type": "string", "format": "uuid"], "name": ["type": "string"],
                            "status": ["oneOf": [statusEnum, ["type": "null"]]],
                        ],
                    ],
                ],
            ],
        ],
        "AttendanceInput": [
            "type": "object",
            "properties": [
                "walkIns": ["type": "integer", "minimum": 0, "maximum": 500],
                "attendance": [
                    "type": "array",
                    "items": [
                        "type": "object", "required": ["clientID", "status"],
                        "properties": ["clientID": ["type": "string", "format": "uuid"], "status": statusEnum],
                    ],
                ],
            ],
        ],
    ]
}
