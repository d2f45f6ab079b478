package org.vdevstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdevstudio.host.HostScan;
import org.vdevstudio.host.SysfsScanner;
import org.vdevstudio.host.ids.PciIds;
import org.vdevstudio.host.ids.UsbIds;
import org.vdevstudio.host.synthetic.BenchTree;
import org.vdevstudio.ui.host.HostDevicesPanel;

/**
 * The host device scan runs as a job: the tree says "Scanning…" while the UI thread keeps
 * dispatching events, then fills on the UI thread; a newer refresh cancels an older scan.
 */
class HostDevicesScanJobTest {

    @TempDir
    Path sys;
    private Display display;
    private Shell shell;
    /** Scans wait here until the test lets them go: a slow host, as long as the test wants. */
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicReference<Thread> scanThread = new AtomicReference<>();
    private final List<IProgressMonitor> monitors = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() {
        BenchTree.create(sys, 2, 4, 12);
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(900, 400);
        shell.open();
    }

    @AfterEach
    void tearDown() {
        release.countDown();
        shell.dispose();
        TestDomains.drain(display);
    }

    /** A synthetic host that is slow: each scan waits for {@link #release} first. */
    private HostScan slowScan(IProgressMonitor monitor) {
        scanThread.set(Thread.currentThread());
        monitors.add(monitor);
        try {
            while (!release.await(10, TimeUnit.MILLISECONDS)) {
                if (monitor.isCanceled()) {
                    throw new CancellationException();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException();
        }
        return new SysfsScanner(sys, PciIds.none(), UsbIds.none()).scan(monitor::isCanceled);
    }

    @Test
    void theTreeFillsAfterTheJobWhileTheUiThreadKeepsRunning() {
        HostDevicesPanel panel = new HostDevicesPanel(shell, this::slowScan);
        assertEquals(List.of(HostDevicesPanel.SCANNING), DeviceTrees.texts(panel.getViewer().getTree().getItems()));
        assertTrue(panel.isScanning());
        assertFalse(panel.getRefreshButton().isEnabled());

        // the UI thread dispatches timer events while the scan is held in the background
        AtomicInteger ticks = new AtomicInteger();
        Runnable tick = new Runnable() {
            @Override
            public void run() {
                if (ticks.incrementAndGet() < 5) {
                    display.timerExec(10, this);
                }
            }
        };
        display.timerExec(10, tick);
        assertTrue(TestDomains.pumpUntil(display, () -> ticks.get() >= 5, 30_000), "the UI thread was blocked");
        assertTrue(panel.isScanning(), "the scan is still held");
        assertEquals(List.of(HostDevicesPanel.SCANNING), DeviceTrees.texts(panel.getViewer().getTree().getItems()));
        assertNotSame(display.getThread(), scanThread.get(), "the scanner runs off the UI thread");

        release.countDown();
        assertTrue(TestDomains.pumpUntil(display, () -> !panel.isScanning(), 60_000), "the scan job ends");
        assertEquals(List.of("PCI", "USB"), DeviceTrees.texts(panel.getViewer().getTree().getItems()));
        assertEquals(2 + 2 + 8, panel.getScan().pci().size());
        assertTrue(panel.getRefreshButton().isEnabled());
    }

    @Test
    void aNewerRefreshCancelsTheOlderScanAndOnlyTheNewestIsShown() {
        HostDevicesPanel panel = new HostDevicesPanel(shell, this::slowScan);
        assertTrue(TestDomains.pumpUntil(display, () -> monitors.size() == 1, 30_000), "the first scan started");
        panel.refresh();
        assertTrue(TestDomains.pumpUntil(display, () -> monitors.size() == 2, 30_000), "the second scan started");
        assertTrue(monitors.get(0).isCanceled(), "the first scan was cancelled");
        assertFalse(monitors.get(1).isCanceled());
        release.countDown();
        assertTrue(TestDomains.pumpUntil(display, () -> !panel.isScanning(), 60_000), "the scan job ends");
        assertEquals(List.of("PCI", "USB"), DeviceTrees.texts(panel.getViewer().getTree().getItems()));
    }

    @Test
    void aScanCancelledFromTheProgressViewSaysSoAndRefreshWorksAgain() {
        AtomicBoolean fail = new AtomicBoolean(true);
        HostDevicesPanel panel = new HostDevicesPanel(shell, monitor -> {
            if (fail.get()) {
                throw new CancellationException();
            }
            return new SysfsScanner(sys, PciIds.none(), UsbIds.none()).scan(monitor::isCanceled);
        });
        assertTrue(TestDomains.pumpUntil(display, () -> !panel.isScanning(), 60_000), "the scan job ends");
        String row = panel.getViewer().getTree().getItem(0).getText();
        assertTrue(row.startsWith("Scan cancelled"), row);
        assertTrue(panel.getRefreshButton().isEnabled());
        fail.set(false);
        Widgets.click(panel.getRefreshButton());
        assertTrue(TestDomains.pumpUntil(display, () -> !panel.isScanning(), 60_000), "the scan job ends");
        assertEquals(List.of("PCI", "USB"), DeviceTrees.texts(panel.getViewer().getTree().getItems()));
    }
}
