package org.passerelle.routing;

/**
 * Subjects of a code request that the institute reserves to local or internal models (rule 2 of
 * the policy, R4): generated code of this kind must be reviewed by an expert and must not leak
 * the design of the institute's security or data processing.
 */
public enum CodeTopic {
    ACCESS_RIGHTS, AUTHENTICATION, CRYPTOGRAPHY, SENSITIVE_DATA_PROCESSING
}
