import Vapor

// Group activity routes (issue 4), kept apart from routes.swift so parallel work rarely
// collides. The catalogue is the organisation's: any worker reads it (`.user`); a
// group's changes, sessions and attendance are its owning unit's data (`.unitData`).

func registerGroupPages(_ clientPages: any RoutesBuilder) {
    clientPages.get("groups", use: GroupController.list).access(.user)
    clientPages.get("groups", "new", use: GroupController.new).access(.user)
    clientPages.post("groups", use: GroupController.create).access(.user)
    clientPages.get("groups", "today", use: GroupSessionController.today).access(.user)
    clientPages.get("groups", ":groupID", use: GroupController.show).access(.user)
    clientPages.get("groups", ":groupID", "flyer", use: GroupController.flyer).access(.user)
    clientPages.get("groups", ":groupID", "edit", use: GroupController.edit).access(.unitData)
    clientPages.post("groups", ":groupID", use: GroupController.update).access(.unitData)
    clientPages.post("groups", ":groupID", "sessions", use: GroupSessionController.add).access(.unitData)
    // Enrolling is for the client's worker, who may be in another unit than the group.
    clientPages.post("groups", ":groupID", "enrolments", use: GroupSessionController.enrol).access(.user)
    clientPages.post("enrolments", ":enrolmentID", "leave", use: GroupSessionController.leave).access(.unitData)
    clientPages.get("sessions", ":sessionID", use: GroupSessionController.show).access(.unitData)
    clientPages.post("sessions", ":sessionID", use: GroupSessionController.update).access(.unitData)
    clientPages.post("sessions", ":sessionID", "cancel", use: GroupSessionController.cancel).access(.unitData)
    clientPages.get("sessions", ":sessionID", "attendance", use: GroupAttendanceController.show).access(.unitData)
    clientPages.post("sessions", ":sessionID", "attendance", use: GroupAttendanceController.save).access(.unitData)
}

func registerGroupAPI(_ apiClients: any RoutesBuilder) {
    apiClients.get("groups", use: APIGroupController.list).access(.user).api(.listGroups)
    apiClients.post("groups", use: APIGroupController.create).access(.user).api(.createGroup)
    apiClients.get("groups", ":groupID", use: APIGroupController.get).access(.user).api(.getGroup)
    apiClients.patch("groups", ":groupID", use: APIGroupController.update).access(.unitData).api(.updateGroup)
    apiClients.get("groups", ":groupID", "sessions", use: APIGroupController.sessions)
        .access(.user).api(.listGroupSessions)
    apiClients.post("groups", ":groupID", "sessions", use: APIGroupController.addSession)
        .access(.unitData).api(.addGroupSession)
    apiClients.get("sessions", ":sessionID", "attendance", use: APIGroupController.attendance)
        .access(.unitData).api(.getAttendance)
    apiClients.put("sessions", ":sessionID", "attendance", use: APIGroupController.saveAttendance)
        .access(.unitData).api(.saveAttendance)
}
