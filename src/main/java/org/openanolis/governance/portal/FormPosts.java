package org.openanolis.governance.portal;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.openanolis.governance.system.ConflictException;
import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the post of a case's form answers, for every form alike: the page the service's work leads to (303) when it
 * accepts; the form again, with the service's problems next to their fields, when it refuses with problems (400 for
 * invalid values, 409 for a clash with another case). A refusal without problems goes on to the error page.
 */
public final class FormPosts {

    private FormPosts() {
    }

    /**
     * @param accepted   does the work and answers the path to see next
     * @param showOnForm puts the problems onto the form (see {@link FormProblems#reject})
     * @param form       the form's view, with its model filled in again
     */
    public static ModelAndView posted(Supplier<String> accepted, Consumer<List<FieldProblem>> showOnForm,
                                      Supplier<String> form) {
        return answered(() -> new ModelAndView(SeeOther.to(accepted.get())), showOnForm, form);
    }

    /**
     * As {@link #posted}, for a post whose success is a page of its own rather than a redirect (a ballot's receipt,
     * shown once, cannot travel in a redirect).
     */
    public static ModelAndView answered(Supplier<ModelAndView> accepted, Consumer<List<FieldProblem>> showOnForm,
                                        Supplier<String> form) {
        try {
            return accepted.get();
        } catch (InvalidInputException e) {
            return again(e.problems(), showOnForm, form, HttpStatus.BAD_REQUEST);
        } catch (ConflictException e) {
            if (e.problems().isEmpty()) {
                throw e;
            }
            return again(e.problems(), showOnForm, form, HttpStatus.CONFLICT);
        }
    }

    private static ModelAndView again(List<FieldProblem> problems, Consumer<List<FieldProblem>> showOnForm,
                                      Supplier<String> form, HttpStatus status) {
        showOnForm.accept(problems);
        ModelAndView page = new ModelAndView(form.get());
        page.setStatus(status);
        return page;
    }
}
