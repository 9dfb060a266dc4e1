package com.crmplatform.platform.paging;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Declares, on a {@link PageQuery} parameter, which fields a client may sort by and the default order. */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface Sortable {

    /** API field names a client may sort by. */
    String[] value();

    /** The order used when the client gives none, e.g. {@code createdAt,desc}. */
    String defaultSort() default "";
}
