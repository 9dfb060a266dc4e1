package com.crmplatform.platform.config;

import com.crmplatform.platform.error.ProblemDetailsAdvice;
import com.crmplatform.platform.error.ProblemErrorController;
import com.crmplatform.platform.error.ProblemResponseWriter;
import com.crmplatform.platform.json.QueryDates;
import com.crmplatform.platform.json.StrictJsonInput;
import com.crmplatform.platform.json.StrictParameters;
import com.crmplatform.platform.paging.PageQueryResolver;
import com.crmplatform.platform.web.WebEdgeConfiguration;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web conventions of every service: the one error handler (and the error page in place of Boot's, hence before
 * its auto-configuration), request body limits, and the one paging request.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import({ProblemDetailsAdvice.class, ProblemErrorController.class, WebEdgeConfiguration.class})
public class WebConventionsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ProblemResponseWriter problemResponseWriter(JsonMapper jsonMapper) {
        return new ProblemResponseWriter(jsonMapper);
    }

    /** Registered by Boot's Jackson auto-configuration on the one JsonMapper (request bodies and events alike). */
    @Bean
    JacksonModule strictJsonInput() {
        return StrictJsonInput.module();
    }

    @Bean
    JsonMapperBuilderCustomizer strictNumbers() {
        return StrictJsonInput::refuseFractionsForIntegers;
    }

    @Bean
    WebMvcConfigurer pageQueryArgumentResolver() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new PageQueryResolver());
            }

            @Override
            public void addFormatters(FormatterRegistry registry) {
                QueryDates.register(registry);
            }

            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new StrictParameters());
            }
        };
    }
}
