package org.openanolis.governance.system;

import java.lang.reflect.Field;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.cmd.AuthorizationCheckCmd;
import org.camunda.bpm.engine.impl.cmd.CheckPassword;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CreateGroupQueryCmd;
import org.camunda.bpm.engine.impl.cmd.CreateTenantQueryCmd;
import org.camunda.bpm.engine.impl.cmd.CreateUserQueryCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterCountCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListPageCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterSingleResultCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedProcessDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentBpmnModelInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentProcessModelCmd;
import org.camunda.bpm.engine.impl.cmd.GetFilterCmd;
import org.camunda.bpm.engine.impl.cmd.GetFormKeyCmd;
import org.camunda.bpm.engine.impl.cmd.GetIdentityLinksForTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetRenderedTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.IsIdentityServiceReadOnlyCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.openanolis.governance.people.Groups;

import lombok.extern.slf4j.Slf4j;

/**
 * The engine's own allow-list for people. A command that a person signed in to the engine (Camunda's webapps, the
 * engine REST API) starts runs only if it is one of the reads Tasklist needs or one of the three things a person
 * does there to their own work: submit a task's form, claim a task for themselves, give back a task they hold.
 * Anything else (throwing a BPMN error or escalation on a task, setting variables on a task or an execution,
 * handing a task to someone else, completing or resolving it bare, correlating a message, changing one's own
 * profile) is refused with an {@link AuthorizationException}, whichever path, present or future, leads to it.
 * Administrators are not limited. Commands started with nobody signed in (our services, which check who may act
 * themselves, and the job executor) and commands nested inside an admitted one (the process going on after a
 * submitted form) are not the person's and pass.
 */
@Slf4j
class PersonCommandGuard extends CommandInterceptor {

    /** Reads, by class: each answers what Camunda's own authorizations let the person read, and changes nothing. */
    static final Set<Class<?>> READS = Set.of(GetTaskFormVariablesCmd.class, GetRenderedTaskFormCmd.class,
            GetTaskFormCmd.class, GetFormKeyCmd.class, GetIdentityLinksForTaskCmd.class, GetTaskCommentsCmd.class,
            GetDeployedProcessDefinitionCmd.class, GetDeploymentProcessModelCmd.class,
            GetDeploymentBpmnModelInstanceCmd.class, GetFilterCmd.class, ExecuteFilterListCmd.class,
            ExecuteFilterListPageCmd.class, ExecuteFilterCountCmd.class, ExecuteFilterSingleResultCmd.class,
            AuthorizationCheckCmd.class, IsIdentityServiceReadOnlyCmd.class, CreateUserQueryCmd.class,
            CreateGroupQueryCmd.class, CreateTenantQueryCmd.class,
            // The webapps' sign-in: it runs before a person is signed in, but a second sign-in in the same session
            // runs with the first person's authentication still set.
            CheckPassword.class);

    private static final Field CLAIMED_TASK = field(ClaimTaskCmd.class, "taskId");
    private static final Field CLAIMING_USER = field(ClaimTaskCmd.class, "userId");

    private final ProcessEngineConfigurationImpl engine;

    PersonCommandGuard(ProcessEngineConfigurationImpl engine) {
        this.engine = engine;
    }

    @Override
    public <T> T execute(Command<T> command) {
        Authentication person = engine.getIdentityService().getCurrentAuthentication();
        if (person != null && Context.getCommandContext() == null && !isAdministrator(person)) {
            admit(command, person.getUserId());
        }
        return next.execute(command);
    }

    private void admit(Command<?> command, String user) {
        if (command instanceof AbstractQuery<?, ?> || command instanceof SubmitTaskFormCmd
                || READS.contains(command.getClass())) {
            return;
        }
        if (command instanceof ClaimTaskCmd claim && isForOneself(claim, user)) {
            return;
        }
        log.warn("Refused engine command {} of {}", command.getClass().getSimpleName(), user);
        throw new AuthorizationException(user + " may not run " + command.getClass().getSimpleName()
                + ": a person works on their own tasks through their forms");
    }

    /**
     * Claim for oneself, or give back (claim for nobody) a task one holds. The task is read in a command of its own
     * before the claim runs; the claim itself still meets Camunda's TASK_WORK check.
     */
    private boolean isForOneself(ClaimTaskCmd claim, String user) {
        String claimant = (String) read(CLAIMING_USER, claim);
        if (claimant != null) {
            return claimant.equals(user);
        }
        String taskId = (String) read(CLAIMED_TASK, claim);
        TaskEntity task = next.execute(context -> context.getTaskManager().findTaskById(taskId));
        return task != null && user.equals(task.getAssignee());
    }

    private static boolean isAdministrator(Authentication person) {
        return person.getGroupIds() != null && person.getGroupIds().contains(Groups.ADMINISTRATORS);
    }

    private static Field field(Class<?> type, String name) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(type.getName() + " has no field " + name + ": the engine changed", e);
        }
    }

    private static Object read(Field field, Object target) {
        try {
            return field.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
