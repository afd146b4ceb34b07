/// The worker's day in the OpenAPI document: reminders and activity money. Kept apart
/// from `OpenAPIDocument` so features add their paths without touching the same lines.
enum OpenAPIWorkerDay {
    typealias D = OpenAPIDocument

    static let paths: JSONValue = [
        "/api/v1/me/reminders": [
            "get": D.operation(
                "getReminders",
                "The worker's day: today's and the rest of the week's meetings, clients with fewer than 2 realised meetings this month (from the 15th on; null before), decisions ending within 21 days and allowance months to decide, over the worker's own clients. Audited as one view.",
                tag: "worker", responses: [("200", D.response("Reminders", D.ref("Reminders")))])
        ],
        "/api/v1/me/activity-money": [
            "get": D.operation(
                "getActivityMoney", "The worker's activity money this year: budget by role, spent, left and expenses",
                tag: "worker", responses: [("200", D.response("Balance and expenses", D.ref("ActivityMoney")))]),
            "post": D.operation(
                "addActivityMoneyExpense",
                "Record an expense. A sum above what is left of the year's budget is refused with 422 naming the sum's field (`sumCents`, or `sum` when given as text); nothing is saved.",
                tag: "worker", body: D.ref("ExpenseInput"),
                responses: [("201", D.response("Saved", D.ref("Expense")))]),
        ],
    ]

    static let person: [(String, JSONValue)] = [
        ("periodID", ["type": "string", "format": "uuid"]), ("clientID", ["type": "string", "format": "uuid"]),
        ("clientName", ["type": "string"]),
    ]

    static func item(_ extra: [(String, JSONValue)]) -> JSONValue {
        ["type": "object", "properties": .object(person + extra)]
    }

    static let dueList: JSONValue = [
        "type": ["array", "null"],
        "items": item([("due", ["type": "string", "format": "date"])]),
    ]

    static let schemas: JSONValue = [
        "Reminders": [
            "type": "object",
            "required": ["today", "meetingsToday", "meetingsLaterThisWeek", "decisionsEnding", "allowancesToDecide"],
            "properties": [
                "today": ["type": "string", "format": "date"],
                "meetingsToday": ["type": "array", "items": D.ref("ReminderMeeting")],
                "meetingsLaterThisWeek": ["type": "array", "items": D.ref("ReminderMeeting")],
                "fewMeetings": [
                    "type": ["array", "null"], "description": "Null before the 15th of the month",
                    "items": item([("realisedThisMonth", ["type": "integer"])]),
                ],
                "decisionsEnding": [
                    "type": "array",
                    "items": item([
                        ("decisionID", ["type": "string", "format": "uuid"]),
                        ("firstDay", ["type": "string", "format": "date"]),
                        ("lastDay", ["type": "string", "format": "date"]), ("daysLeft", ["type": "integer"]),
                    ]),
                ],
                "allowancesToDecide": [
                    "type": "array",
                    "items": item([
                        ("firstDay", ["type": "string", "format": "date"]),
                        ("lastDay", ["type": "string", "format": "date"]), ("activityDays", ["type": "integer"]),
                        ("sumCents", ["type": "integer"]),
                    ]),
                ],
                "interimEvaluationsDue": dueList,
                "selfAssessmentsDue": dueList,
                "groupSessionsToday": [
                    "type": ["array", "null"],
                    "description": "Today's sessions of the groups the user leads; null for users who lead none",
                    "items": [
                        "type": "object",
                        "required": ["sessionID", "groupID", "groupName", "time", "place", "recorded"],
                        "properties": [
                            "sessionID": ["type": "string", "format": "uuid"],
                            "groupID": ["type": "string", "format": "uuid"], "groupName": ["type": "string"],
                            "time": ["type": "string"], "place": ["type": "string"], "recorded": ["type": "boolean"],
                        ],
                    ],
                ],
                "groupAbsences": [
                    "type": ["array", "null"],
                    "description": "The worker's clients who missed the latest two marked sessions of a group in a row",
                    "items": item([
                        ("groupID", ["type": "string", "format": "uuid"]), ("groupName", ["type": "string"]),
                        ("missed", ["type": "integer"]), ("lastMissed", ["type": "string", "format": "date"]),
                    ]),
                ],
            ],
        ],
        "ReminderMeeting": item([
            ("meetingID", ["type": "string", "format": "uuid"]),
            ("startsAt", ["type": "string", "format": "date-time"]), ("durationMinutes", ["type": "integer"]),
            ("type", ["type": "string"]), ("place", ["type": "string"]), ("status", ["type": "string"]),
        ]),
        "ActivityMoney": [
            "type": "object", "required": ["year", "budgetCents", "spentCents", "remainingCents", "expenses"],
            "properties": [
                "year": ["type": "integer"], "budgetCents": ["type": "integer"], "spentCents": ["type": "integer"],
                "remainingCents": ["type": "integer"],
                "expenses": ["type": "array", "items": D.ref("Expense")],
            ],
        ],
        "Expense": [
            "type": "object", "required": ["id", "day", "sumCents", "purpose", "unitID"],
            "properties": [
                "id": ["type": "string", "format": "uuid"], "day": ["type": "string", "format": "date"],
                "sumCents": ["type": "integer"], "purpose": ["type": "string"],
                "clientID": ["type": ["string", "null"], "format": "uuid"],
                "unitID": ["type": "string", "format": "uuid"],
            ],
        ],
        "ExpenseInput": [
            "type": "object", "required": ["day", "purpose"],
            "properties": [
                "day": ["type": "string", "description": "d.M.yyyy or yyyy-MM-dd; not in the future"],
                "sumCents": ["type": "integer", "minimum": 1],
                "sum": ["type": "string", "description": "Euros as text (\"12,50\") when sumCents is not given"],
                "purpose": ["type": "string", "maxLength": 500],
                "clientID": ["type": "string", "format": "uuid", "description": "A client of the worker's units"],
                "unitID": ["type": "string", "format": "uuid", "description": "Defaults to the client's unit"],
            ],
        ],
    ]
}
