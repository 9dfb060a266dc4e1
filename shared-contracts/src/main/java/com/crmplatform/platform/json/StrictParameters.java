package com.crmplatform.platform.json;

import com.crmplatform.contracts.common.ErrorCode;
import com.crmplatform.platform.error.CrmException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The query-parameter side of {@link StrictJsonInput}: a parameter with a control character or an unpaired
 * surrogate ({@code ?keyword=%00}, which PostgreSQL would refuse with a 500) is a 400 {@code INVALID_PARAMETER}
 * naming it. An interceptor, so it runs after authentication and its refusal goes through the one error handler.
 */
public class StrictParameters implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        parameters(request).forEach((name, values) -> {
            for (String value : values) {
                if (StrictJsonInput.firstUnwanted(value) >= 0 || StrictJsonInput.firstUnwanted(name) >= 0) {
                    throw new CrmException(
                            ErrorCode.INVALID_PARAMETER,
                            ErrorCode.INVALID_PARAMETER.name(),
                            "Parameter '" + name + "' contains a control character or an unpaired surrogate",
                            name,
                            Map.of());
                }
            }
        });
        return true;
    }

    /**
     * The parameters, or a 400 when the server cannot decode them: Tomcat throws an {@code IllegalStateException}
     * (its {@code InvalidParameterException}) for a query that is not well-formed UTF-8 ({@code %ED%A0%80}, {@code
     * %ZZ}), which would otherwise end as a 500.
     */
    private static Map<String, String[]> parameters(HttpServletRequest request) {
        try {
            return request.getParameterMap();
        } catch (IllegalStateException e) {
            throw new CrmException(
                    ErrorCode.INVALID_PARAMETER,
                    ErrorCode.INVALID_PARAMETER.name(),
                    "The query string is not well-formed UTF-8 (or a form body is not)",
                    null,
                    Map.of());
        }
    }
}
