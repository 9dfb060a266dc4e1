package com.crmplatform.platform.openapi;

import com.crmplatform.platform.paging.PageQuery;
import com.crmplatform.platform.security.CurrentUser;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.MethodParameter;

/**
 * Every service's OpenAPI document the same way: the gateway as the server (a relative URL, so Swagger UI's
 * "Try it out" goes through the gateway with a bearer token), the platform's paging parameters documented, and
 * the caller ({@link CurrentUser}) hidden because it comes from the token, not the request.
 */
@AutoConfiguration
@ConditionalOnClass(SpringDocUtils.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class OpenApiAutoConfiguration {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class, PageQuery.class);
    }

    @Bean
    OpenAPI platformOpenApi(@Value("${spring.application.name}") String service) {
        return new OpenAPI()
                .info(new Info().title(service).version("v1").description("CRM middle-platform: " + service))
                .servers(List.of(new Server().url("/").description("the gateway")))
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    @Bean
    OperationCustomizer pagingParameters() {
        return (operation, handlerMethod) -> {
            boolean paged = Arrays.stream(handlerMethod.getMethodParameters())
                    .map(MethodParameter::getParameterType)
                    .anyMatch(PageQuery.class::equals);
            if (paged) {
                operation.addParametersItem(query(
                        "page", new IntegerSchema()._default(0).minimum(java.math.BigDecimal.ZERO), "zero-based page"));
                operation.addParametersItem(query(
                        "size",
                        new IntegerSchema()
                                ._default(PageQuery.DEFAULT_SIZE)
                                .minimum(java.math.BigDecimal.ONE)
                                .maximum(java.math.BigDecimal.valueOf(PageQuery.MAX_SIZE)),
                        "rows per page"));
                operation.addParametersItem(query("sort", new StringSchema(), "field[,asc|desc]; repeatable"));
            }
            return operation;
        };
    }

    private static Parameter query(String name, io.swagger.v3.oas.models.media.Schema<?> schema, String description) {
        return new Parameter()
                .in("query")
                .name(name)
                .required(false)
                .schema(schema)
                .description(description);
    }
}
