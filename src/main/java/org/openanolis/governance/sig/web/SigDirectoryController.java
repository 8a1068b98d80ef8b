package org.openanolis.governance.sig.web;

import org.openanolis.governance.sig.Sig;
import org.openanolis.governance.sig.SigDirectory;
import org.openanolis.governance.system.DirectoryApi;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The ACTIVE SIGs in the API. */
@RestController
@RequestMapping("/api/sigs")
class SigDirectoryController extends DirectoryApi<Sig> {

    SigDirectoryController(SigDirectory directory) {
        super(directory, "ACTIVE SIG");
    }
}
