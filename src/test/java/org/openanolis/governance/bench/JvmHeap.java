package org.openanolis.governance.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import com.sun.tools.attach.VirtualMachine;

/**
 * The heap a JVM has used at its worst since it started, and the most it may use. Read over JMX: another process by
 * attaching to it (com.sun.tools.attach starts its local management agent; no option is needed at its start, so the
 * node under benchmark runs exactly as in production), this JVM directly. The peak is the sum of the heap pools' peak
 * usages: each pool's peak is exact, their sum is an upper bound of the heap's peak, since the pools may peak at
 * different moments; it stays valid whenever a collection happened, unlike a sample of the current usage.
 */
public record JvmHeap(long peakBytes, long maxBytes) {

    private static final long MB = 1024 * 1024;

    /** Another JVM on this machine, by process id, started by the same user. */
    public static JvmHeap ofProcess(long pid) throws Exception {
        VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
        String address;
        try {
            address = vm.startLocalManagementAgent();
        } finally {
            vm.detach();
        }
        try (JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address))) {
            MBeanServerConnection server = connector.getMBeanServerConnection();
            long peak = 0;
            for (ObjectName pool : server.queryNames(new ObjectName(ManagementFactory.MEMORY_POOL_MXBEAN_DOMAIN_TYPE + ",*"), null)) {
                if (MemoryType.HEAP.name().equals(server.getAttribute(pool, "Type"))) {
                    peak += (Long) ((CompositeData) server.getAttribute(pool, "PeakUsage")).get("used");
                }
            }
            CompositeData heap = (CompositeData) server.getAttribute(new ObjectName(ManagementFactory.MEMORY_MXBEAN_NAME),
                    "HeapMemoryUsage");
            return new JvmHeap(peak, (Long) heap.get("max"));
        }
    }

    /** This JVM (the benchmark's own, where the bare engine runs). */
    public static JvmHeap ofThisProcess() {
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans();
        long peak = pools.stream().filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new JvmHeap(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax());
    }

    public double peakMb() {
        return (double) peakBytes / MB;
    }

    public double maxMb() {
        return (double) maxBytes / MB;
    }
}
