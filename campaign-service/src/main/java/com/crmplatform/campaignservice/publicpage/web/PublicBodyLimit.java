package com.crmplatform.campaignservice.publicpage.web;

import com.crmplatform.contracts.common.ErrorCode;
import com.crmplatform.platform.error.CrmException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The public routes take small bodies only: a request body must declare its length (Content-Length) and be at most
 * {@link #MAX_BYTES}, else 413 {@code PAYLOAD_TOO_LARGE} (reason {@code BODY_TOO_LARGE}) before anything reads it.
 * Runs before every other interceptor, so not even the form parameters are parsed from an oversized body.
 */
@Configuration(proxyBeanMethods = false)
class PublicBodyLimit implements WebMvcConfigurer {

    static final long MAX_BYTES = 16 * 1024;

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                        check(request);
                        return true;
                    }
                })
                .addPathPatterns("/p/**", "/api/v1/public/**")
                .order(Ordered.HIGHEST_PRECEDENCE);
    }

    static void check(HttpServletRequest request) {
        long length = request.getContentLengthLong();
        boolean hasBody = length > 0 || request.getHeader("Transfer-Encoding") != null;
        if (hasBody && (length < 0 || length > MAX_BYTES)) {
            throw new CrmException(
                    ErrorCode.PAYLOAD_TOO_LARGE,
                    "BODY_TOO_LARGE",
                    "A request body here must state its Content-Length and be at most 16 KB",
                    null,
                    Map.of("maxBytes", MAX_BYTES));
        }
    }
}
