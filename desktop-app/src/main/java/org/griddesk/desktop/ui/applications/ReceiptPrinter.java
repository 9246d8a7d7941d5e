package org.griddesk.desktop.ui.applications;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/** Prints a receipt (or an application form) through the system's print dialog; called off the FX thread, the dialog is AWT's own. */
final class ReceiptPrinter {

    private ReceiptPrinter() {
    }

    /** False when the worker cancelled the print dialog. */
    static boolean print(byte[] pdf) throws IOException, PrinterException {
        return print(pdf, "GridDesk receipt");
    }

    /** As above, under the job name the print queue shows. */
    static boolean print(byte[] pdf, String jobName) throws IOException, PrinterException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(document));
            if (!job.printDialog()) {
                return false;
            }
            job.print();
            return true;
        }
    }
}
