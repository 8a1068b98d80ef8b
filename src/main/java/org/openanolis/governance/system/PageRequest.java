package org.openanolis.governance.system;

import java.util.ArrayList;
import java.util.List;

/**
 * Which page of a listing a client asked for: pages count from 1, {@value #DEFAULT_SIZE} items unless the client asks
 * for fewer or more, never more than {@value #MAX_SIZE}. Every listing is cut to one page in the database, before
 * any work per item, so no request costs more than one page's work however long the list grows.
 */
public record PageRequest(int page, int size) {

    public static final String PAGE = "page";
    public static final String SIZE = "size";
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    /** The last page whose first row is still an {@code int} offset (the engine's paging takes ints). */
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;

    /** The first page, as large as a page may be: what a portal page shows of a directory. */
    public static final PageRequest LARGEST_FIRST = new PageRequest(1, MAX_SIZE);

    public PageRequest {
        if (page < 1 || page > MAX_PAGE || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("No such page: " + page + " of size " + size);
        }
    }

    /**
     * The page the query parameters name (either may be absent); every invalid one is listed in one
     * {@link InvalidInputException}.
     */
    public static PageRequest of(String page, String size) {
        List<FieldProblem> problems = problems(page, size);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new PageRequest(page == null ? 1 : Integer.parseInt(page.trim()),
                size == null ? DEFAULT_SIZE : Integer.parseInt(size.trim()));
    }

    /** What is wrong with these query parameters; empty when they name a page. */
    public static List<FieldProblem> problems(String page, String size) {
        List<FieldProblem> problems = new ArrayList<>();
        if (page != null && !within(page, MAX_PAGE)) {
            problems.add(FieldProblem.of(PAGE, "whole-number", MAX_PAGE));
        }
        if (size != null && !within(size, MAX_SIZE)) {
            problems.add(FieldProblem.of(SIZE, "whole-number", MAX_SIZE));
        }
        return problems;
    }

    private static boolean within(String value, int max) {
        String digits = value.trim();
        // At most ten digits before parsing: anything longer is out of range, and parsing it would only overflow.
        if (digits.isEmpty() || digits.length() > 10 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        long number = Long.parseLong(digits);
        return number >= 1 && number <= max;
    }

    /** How many rows come before this page. */
    public int offset() {
        return (page - 1) * size;
    }

    /**
     * How many rows to read: one more than the page holds, so the listing knows whether another page follows without
     * counting the whole list.
     */
    public int probe() {
        return size + 1;
    }
}
