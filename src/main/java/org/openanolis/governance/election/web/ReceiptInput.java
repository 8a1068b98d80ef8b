package org.openanolis.governance.election.web;

import lombok.Getter;
import lombok.Setter;

/** "Find my ballot": the receipt as the reader typed it. It is only hashed, never kept. */
@Getter
@Setter
public class ReceiptInput {

    private String receipt;
}
