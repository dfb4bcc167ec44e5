import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Random;
import javax.imageio.ImageIO;

/** Writes a 2000×1200 photograph-like JPEG (a gradient with noise) for bench/article-image.sh. */
public class ImageForBench {
    public static void main(String[] args) throws Exception {
        var image = new BufferedImage(2000, 1200, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(20, 60, 120), 2000, 1200, new Color(220, 160, 90)));
        g.fillRect(0, 0, 2000, 1200);
        g.dispose();
        var random = new Random(42);
        for (int i = 0; i < 200_000; i++) {
            image.setRGB(random.nextInt(2000), random.nextInt(1200), random.nextInt(0xFFFFFF));
        }
        ImageIO.write(image, "jpeg", new File(args[0]));
    }
}
