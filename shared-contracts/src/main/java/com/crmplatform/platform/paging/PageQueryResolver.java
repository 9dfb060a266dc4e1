package com.crmplatform.platform.paging;

import com.crmplatform.platform.error.InvalidRequestException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Reads {@code page}, {@code size} and {@code sort} into a {@link PageQuery}, refusing anything out of bounds. */
public class PageQueryResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == PageQuery.class;
    }

    @Override
    public PageQuery resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        Sortable sortable = parameter.getParameterAnnotation(Sortable.class);
        int page = intParameter(request, "page", 0, 0, Integer.MAX_VALUE / PageQuery.MAX_SIZE);
        int size = intParameter(request, "size", PageQuery.DEFAULT_SIZE, 1, PageQuery.MAX_SIZE);
        String[] sortValues = request.getParameterValues("sort");
        if ((sortValues == null || sortValues.length == 0)
                && sortable != null
                && !sortable.defaultSort().isEmpty()) {
            sortValues = new String[] {sortable.defaultSort()};
        }
        return new PageQuery(page, size, sortOrders(sortValues, sortable));
    }

    private static int intParameter(NativeWebRequest request, String name, int fallback, int min, int max) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < min || parsed > max) {
                throw outOfRange(name, min, max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw outOfRange(name, min, max);
        }
    }

    private static InvalidRequestException outOfRange(String name, int min, int max) {
        return new InvalidRequestException(name, "Range", name + " must be a whole number from " + min + " to " + max);
    }

    private static List<PageQuery.SortOrder> sortOrders(String[] values, Sortable sortable) {
        List<PageQuery.SortOrder> orders = new ArrayList<>();
        if (values == null) {
            return orders;
        }
        List<String> allowed = sortable == null ? List.of() : Arrays.asList(sortable.value());
        for (String value : values) {
            String[] parts = value.split(",");
            String field = parts[0].trim();
            String direction = parts.length > 1 ? parts[1].trim().toLowerCase(java.util.Locale.ROOT) : "asc";
            if (!allowed.contains(field)
                    || parts.length > 2
                    || !(direction.equals("asc") || direction.equals("desc"))) {
                throw new InvalidRequestException(
                        "sort",
                        "InvalidSort",
                        "sort must be one of " + allowed + " optionally followed by ,asc or ,desc");
            }
            orders.add(new PageQuery.SortOrder(field, direction.equals("desc")));
        }
        return orders;
    }
}
