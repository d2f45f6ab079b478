package org.vdevstudio.core.validation;

import java.util.function.Consumer;

import org.vdevstudio.model.domain.Domain;

/**
 * A semantic check of a domain (the hook for libvirt's rules: uniqueness of addresses and MACs,
 * per-type restrictions, ...). A rule reports problems and changes nothing.
 */
@FunctionalInterface
public interface DomainRule {

    void check(Domain domain, Consumer<Problem> report);
}
