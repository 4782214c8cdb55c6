/** Objectives: the steps a conversation should go through, in the stored Tavus docs' set-based model. */
package com.acme.tavus.domain.objective;
