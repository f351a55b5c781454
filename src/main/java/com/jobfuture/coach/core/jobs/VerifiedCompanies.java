package com.jobfuture.coach.core.jobs;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The companies JobFuture checked (the {@code jobs.verified_companies} list): their roles are marked "✓ verified",
 * whatever the source. Names are compared without case, punctuation or legal suffixes ("Acme GmbH" = "ACME").
 */
public final class VerifiedCompanies {
    private final Set<String> keys;

    public VerifiedCompanies(Collection<String> names) {
        this.keys = names.stream().map(JobText::companyKey).filter(key -> !key.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** An empty list. */
    public static VerifiedCompanies none() {
        return new VerifiedCompanies(Set.of());
    }

    /** Whether the company is on the list. */
    public boolean contains(String company) {
        return !company.isBlank() && keys.contains(JobText.companyKey(company));
    }
}
