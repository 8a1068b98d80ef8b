package org.openanolis.governance.task.web;

import java.security.Principal;

import org.openanolis.governance.system.Page;
import org.openanolis.governance.system.PageRequest;
import org.openanolis.governance.task.Inbox;
import org.openanolis.governance.task.TaskView;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import lombok.RequiredArgsConstructor;

@RestController
@RequestMapping("/api/tasks")
@RequiredArgsConstructor
class TaskController {

    /** The body of a completion: one of the task's outcomes, and a comment where the outcome needs one. */
    record CompletionRequest(String outcome, String comment) {
    }

    private final Inbox inbox;

    @GetMapping
    Page<TaskView> mine(PageRequest page, Principal principal) {
        return inbox.openTasksOf(principal.getName(), page);
    }

    @GetMapping("/{id}")
    TaskView get(@PathVariable String id, Principal principal) {
        return inbox.get(id, principal.getName());
    }

    @PostMapping("/{id}/completion")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void complete(@PathVariable String id, @RequestBody CompletionRequest request, Principal principal) {
        inbox.complete(id, principal.getName(), request.outcome(), request.comment());
    }
}
