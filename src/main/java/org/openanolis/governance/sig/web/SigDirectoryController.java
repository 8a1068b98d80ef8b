package org.openanolis.governance.sig.web;

import org.openanolis.governance.sig.Sig;
import org.openanolis.governance.sig.SigDirectory;
import org.openanolis.governance.system.NotFoundException;
import org.openanolis.governance.system.Page;
import org.openanolis.governance.system.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import lombok.RequiredArgsConstructor;

@RestController
@RequestMapping("/api/sigs")
@RequiredArgsConstructor
class SigDirectoryController {

    private final SigDirectory directory;

    @GetMapping
    Page<Sig> list(PageRequest page) {
        return directory.list(page);
    }

    @GetMapping("/{name}")
    Sig get(@PathVariable String name) {
        return directory.find(name).orElseThrow(() -> new NotFoundException("No ACTIVE SIG " + name));
    }
}
