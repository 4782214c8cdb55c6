/** Small building blocks shared by every area of the model: ids, paging, errors, the acting caller. */
package com.acme.tavus.domain.shared;
