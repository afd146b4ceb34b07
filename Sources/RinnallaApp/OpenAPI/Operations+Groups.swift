import OpenAPIKit

extension APIOperation {
    /// POST /api/v1/groups/{groupID}/sessions
    static let addGroupSession = APIOperation(
        "addGroupSession", "Add a session by hand (staff of the owning unit)", tag: "groups",
        request: APIGroupController.GroupSessionRequest.self, response: APIGroupController.GroupSessionDTO.self,
        status: 201, links: [.to(.getAttendance, "sessionID"), .to(.saveAttendance, "sessionID")])
    /// POST /api/v1/groups
    static let createGroup = APIOperation(
        "createGroup",
        "Add a group owned by one of the user's units; its sessions are made from the schedule. Refused input answers 422 with `error.field` naming the field.",
        tag: "groups", request: APIGroupController.NewGroupRequest.self, response: APIGroupController.GroupDTO.self,
        status: 201,
        links: [
            .to(.getGroup, "groupID"), .to(.updateGroup, "groupID"), .to(.addGroupSession, "groupID"),
            .to(.listGroupSessions, "groupID"),
        ])
    /// GET /api/v1/sessions/{sessionID}/attendance
    static let getAttendance = APIOperation(
        "getAttendance",
        "The session's members with their attendance (audited as a view of each client); staff of the group's owning unit",
        tag: "groups", response: APIGroupController.AttendanceDTO.self)
    /// GET /api/v1/groups/{groupID}
    static let getGroup = APIOperation(
        "getGroup", "One group of the catalogue", tag: "groups", response: APIGroupController.GroupDTO.self)
    /// GET /api/v1/groups/{groupID}/feedback
    static let getGroupFeedback = APIOperation(
        "getGroupFeedback",
        "The group's anonymous feedback, protected for small numbers (threshold `privacy.minimumCellSize`): below the threshold only `responses.fewerThan`, no distribution, mean or answers. While the group runs, new answers join the figures and the listed answers only in random groups of five, the latest five to nine waiting until its last day has passed. For the group's leaders and its unit's staff (others 404). Audited as a view.",
        tag: "groups", response: APIGroupFeedbackController.GroupFeedbackDTO.self)
    /// GET /api/v1/groups/{groupID}/report
    static let getGroupReport = APIOperation(
        "getGroupReport",
        "The group report: sessions held (not cancelled; past, or today with attendance marked), attendance per session (present enrolled clients ÷ members on the day; walk-ins apart), different participants and the protected feedback summary without answers. For the group's leaders and its unit's staff (others 404). Audited as a view.",
        tag: "groups", response: APIGroupFeedbackController.GroupReportDTO.self)
    /// GET /api/v1/groups/{groupID}/sessions
    static let listGroupSessions = APIOperation(
        "listGroupSessions", "The group's sessions in time order", tag: "groups",
        response: [APIGroupController.GroupSessionDTO].self, query: GroupSessionQuery.self)
    /// GET /api/v1/groups
    static let listGroups = APIOperation(
        "listGroups",
        "The organisation's group catalogue, for any worker: one page of 20 in name order, with the same filters as the catalogue page. Groups that have ended are left out unless `ended=1`.",
        tag: "groups", response: APIGroupController.GroupListDTO.self, query: GroupQuery.self)
    /// PUT /api/v1/sessions/{sessionID}/attendance
    static let saveAttendance = APIOperation(
        "saveAttendance",
        "Save the session's attendance in one transaction. Idempotent: saving the same body again changes nothing and never duplicates a client's record. Clients not listed keep what they had. A client who is not a member, an unknown status or a walk-in count out of range answers 422 naming `status-<clientID>` or `walkIns`; a cancelled session or one still to come answers 422.",
        tag: "groups", request: APIGroupController.AttendanceRequest.self,
        response: APIGroupController.AttendanceDTO.self)
    /// PATCH /api/v1/groups/{groupID}
    static let updateGroup = APIOperation(
        "updateGroup",
        "Change a group (staff of its owning unit; others get 404); fields not sent keep their values. Sessions to come follow a new schedule, place or time; sessions already marked or changed by hand stay.",
        tag: "groups", request: APIGroupController.GroupChangeRequest.self, response: APIGroupController.GroupDTO.self)
}
